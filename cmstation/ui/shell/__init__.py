"""The window's frame: the composition root (app), the main window, navigation, the
welcome view, the tray, and the watches that follow other processes on the workspace."""
