using System;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Cli.Sources.Objects;

namespace LeakGuard.Cli.Sources;

/// <summary>Cuts a walk into stretches worked on side by side: one per core, none shorter than is worth a thread.</summary>
internal static class WalkStretches
{
    private const int Minimum = 5_000;

    /// <summary>How many stretches a walk of <paramref name="length"/> commits over <paramref name="objects"/> is worth.</summary>
    public static int CountFor(HistoryObjects objects, int length) =>
        objects.ReadsConcurrently ? Math.Clamp(length / Minimum, 1, Environment.ProcessorCount) : 1;

    /// <summary>
    /// Works on <paramref name="count"/> stretches of nearly equal length covering a walk of <paramref name="length"/>
    /// commits side by side, the first on the calling thread; returns the results in walk order.
    /// </summary>
    public static T[] Map<T>(int length, int count, Func<int, int, T> work)
    {
        var stretches = Enumerable.Range(0, count).Select(i => (From: (int)((long)length * i / count), To: (int)((long)length * (i + 1) / count))).ToArray();
        var later = stretches.Skip(1).Select(s => Task.Run(() => work(s.From, s.To))).ToArray();
        var first = work(stretches[0].From, stretches[0].To);
        return [first, .. later.Select(task => task.GetAwaiter().GetResult())];
    }
}
