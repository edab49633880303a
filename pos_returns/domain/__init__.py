"""The pure core: money, receipts, policy, decisions and wording.

Standard library only: no Qt, no SQLAlchemy, no I/O, no clock (time is a parameter).
"""
