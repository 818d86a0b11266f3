"""Clinical safety rules and the gate that runs them on every change."""
