using System.Collections.Generic;

namespace LeakGuard.Cli.Sources.Objects.Packs;

/// <summary>
/// Resolved objects that later deltas of the same pack still build on, dropped once their last delta is applied. Over
/// the byte limit (git's own default for its delta base cache) the oldest are dropped early; a delta that needs one
/// again rebuilds it from the pack.
/// </summary>
internal sealed class DeltaBaseCache
{
    private const long ByteLimit = 96L * 1024 * 1024;

    private readonly Dictionary<long, (ObjectType Type, byte[] Content)> bases = [];
    private readonly Queue<long> age = new();
    private long bytes;

    public bool TryGet(long offset, out (ObjectType Type, byte[] Content) resolved) => bases.TryGetValue(offset, out resolved);

    public void Add(long offset, ObjectType type, byte[] content)
    {
        if (!bases.TryAdd(offset, (type, content)))
        {
            return;
        }

        age.Enqueue(offset);
        bytes += content.Length;
        while (bytes > ByteLimit && age.TryDequeue(out var oldest))
        {
            Remove(oldest);
        }
    }

    public void Remove(long offset)
    {
        if (bases.Remove(offset, out var removed))
        {
            bytes -= removed.Content.Length;
        }
    }
}
