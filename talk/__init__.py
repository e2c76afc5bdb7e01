"""What every runtime of Harbor shares about how it talks: the channel protocol's markers
now, and (as the languages grow) the wording the channels say on their own.

Pure Python with no dependency beyond the standard library and ``resources``: the Rasa
plug-ins, the actions, the Telegram gateway and the web widget's server all read it.
"""
