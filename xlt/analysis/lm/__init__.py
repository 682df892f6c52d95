"""Language-model statistics (LML, LMEM) and text features of 'Languages You Know Influence Those You Learn'."""
