"""Qt views of SIMPEG Luring: the main window, its tabs and table models; data comes from models/services."""
