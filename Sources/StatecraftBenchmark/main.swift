import Statecraft
print("statecraft-benchmark")
