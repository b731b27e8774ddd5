using System;
using System.Linq;
using LeakGuard.Cli.Sources.Objects;

namespace LeakGuard.Cli.Sources;

/// <summary>Cuts a walk into stretches worked on side by side: one per core, none shorter than is worth a thread.</summary>
internal static class WalkStretches
{
    private const int Minimum = 5_000;

    /// <summary>How many stretches a walk of <paramref name="length"/> commits over <paramref name="objects"/> is worth.</summary>
    public static int CountFor(HistoryObjects objects, int length) =>
        objects.ReadsConcurrently ? Math.Clamp(length / Minimum, 1, Environment.ProcessorCount) : 1;

    /// <summary><paramref name="count"/> stretches of nearly equal length, in walk order, covering the whole walk.</summary>
    public static (int From, int To)[] Of(int length, int count) =>
        Enumerable.Range(0, count).Select(i => (From: (int)((long)length * i / count), To: (int)((long)length * (i + 1) / count))).ToArray();
}
