"""The body diagram: scene, markers and offscreen rendering."""
