"""HTTP edge: API routers, authorisation, routes and the OpenAPI document."""
