"""The back office: managers set the policy, the people and the store, and read the returns."""
