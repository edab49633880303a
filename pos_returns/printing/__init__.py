"""Printing: one receipt document, rendered to ESC/POS bytes, PDF and an on-screen
preview; printers configured by URL; the print queue's sending side."""
