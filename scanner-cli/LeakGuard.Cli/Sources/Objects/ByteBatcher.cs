using System;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Fills <see cref="ByteBatch{TItem}"/>es of about <paramref name="batchBytes"/> bytes (a megabyte unless told) and sends
/// each one on when the next piece does not fit.
/// </summary>
internal sealed class ByteBatcher<TItem>(Action<ByteBatch<TItem>> send, int batchBytes = 1 << 20)
{
    private ByteBatch<TItem>? current;

    /// <summary>Reserves <paramref name="length"/> bytes for <paramref name="item"/> in the current batch; the caller fills them.</summary>
    public Span<byte> Add(TItem item, int length)
    {
        if (current is not null && !current.Fits(length))
        {
            Flush();
        }

        current ??= new ByteBatch<TItem>(Math.Max(batchBytes, length));
        return current.Add(item, length);
    }

    /// <summary>Sends the batch being filled, if any.</summary>
    public void Flush()
    {
        if (current is not null)
        {
            var full = current;
            current = null;
            send(full);
        }
    }
}
