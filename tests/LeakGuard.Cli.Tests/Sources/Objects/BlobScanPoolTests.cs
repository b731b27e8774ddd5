using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Sources.Objects;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources.Objects;

/// <summary>
/// The scanning workers find a key wherever the text's length puts it: decoded into a worker's buffer (the common
/// case) or, past the buffer's length, into a string; in UTF-8 and UTF-16; whole or in windows.
/// </summary>
public class BlobScanPoolTests
{
    private static readonly string Key = TestKeys.OpenAi();

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData((1 << 18) - 200)]
    [InlineData((1 << 18) + 1)]
    [InlineData(1 << 20)]
    public void Finds_the_key_in_a_text_of_any_length(int padding)
    {
        var text = Padding(padding) + "OPENAI_API_KEY=" + Key + "\n";

        var found = Scan(pool =>
        {
            pool.Add(1, Encoding.UTF8.GetBytes(text), null);
            pool.Add(2, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], null);
            pool.Add(3, Encoding.UTF8.GetBytes(Padding(padding)), null);
        });

        var line = text.Count(c => c == '\n');
        Assert.Equal([1, 2], found.Found.Keys.Order());
        Assert.All(found.Found.Values, secrets => Assert.Equal((Key, line, 16), (Assert.Single(secrets).Secret, secrets[0].StartLine, secrets[0].StartColumn)));
    }

    [Fact]
    public void Finds_a_key_in_a_window_and_nothing_in_windows_without_one()
    {
        var text = Encoding.UTF8.GetBytes(Padding(4_000) + "OPENAI_API_KEY=" + Key + "\n" + Padding(4_000));
        var keyLine = Encoding.UTF8.GetBytes(Padding(4_000)).Length;

        var found = Scan(pool =>
        {
            pool.Add(1, text, [(keyLine, text.Length)]);
            pool.Add(2, text, [(0, keyLine)]);
        });

        Assert.Equal([1], found.WindowHits.Keys);
        Assert.Equal(Key, Assert.Single(found.WindowHits[1]).Secret);
        Assert.Empty(found.Found);
    }

    /// <summary>Whole lines of ordinary code, at least <paramref name="length"/> characters and less than a line more.</summary>
    private static string Padding(int length)
    {
        const string Line = "// an ordinary line of code, with nothing secret in it at all\n";
        return string.Concat(Enumerable.Repeat(Line, (length + Line.Length - 1) / Line.Length));
    }

    private static (IReadOnlyDictionary<int, IReadOnlyList<LocatedSecret>> Found, IReadOnlyDictionary<int, IReadOnlyList<LocatedSecret>> WindowHits) Scan(Action<BlobScanPool> add)
    {
        var warnings = new List<string>();
        using var pool = new BlobScanPool(new FragmentScanner(includeGeneric: false), warnings.Add);
        add(pool);
        pool.Complete();
        Assert.Empty(warnings);
        return (pool.Found.ToDictionary(), pool.WindowHits.ToDictionary());
    }
}
