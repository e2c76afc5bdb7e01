import sys

# spaCy's thinc imports TensorFlow when installed (Rasa brings it); the resource layer never
# uses it. Suites that need TensorFlow (Rasa's) run Rasa in its own process.
sys.modules.setdefault("tensorflow", None)
