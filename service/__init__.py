"""HTTP service: the pre-listing check as an API for listing pipelines."""
