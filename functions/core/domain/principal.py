"""Who is calling: a vehicle (only its own batches) or an engineer (any batch)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from functions.core.domain.errors import Forbidden


@dataclass(frozen=True)
class Principal:
    role: Literal["vehicle", "engineer"]
    subject: str  # the vehicle_id for a vehicle, the engineer's name otherwise

    def require_role(self, *roles: str) -> None:
        if self.role not in roles:
            raise Forbidden(f"this route is for {' or '.join(roles)} principals")

    def require_vehicle(self, vehicle_id: str) -> None:
        """A vehicle may only touch its own batches; engineers may read any."""
        if self.role == "vehicle" and self.subject != vehicle_id:
            raise Forbidden("this batch belongs to another vehicle")
