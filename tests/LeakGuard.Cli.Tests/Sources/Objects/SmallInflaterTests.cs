using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using CsCheck;
using LeakGuard.Cli.Sources.Objects.Packs;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources.Objects;

/// <summary>
/// The managed inflater for small pack entries gives exactly what zlib gives, whatever the compression level chose
/// (stored, fixed or dynamic blocks, several of them), and on anything it cannot inflate exactly answers false rather
/// than throwing or giving other bytes.
/// </summary>
public class SmallInflaterTests
{
    private static readonly CompressionLevel[] Levels = [CompressionLevel.NoCompression, CompressionLevel.Fastest, CompressionLevel.Optimal, CompressionLevel.SmallestSize];

    /// <summary>Data as pack entries hold it: text with repeats (trees, commits, source), or bytes with no pattern.</summary>
    private static readonly Gen<byte[]> Content = Gen.OneOf(
        Gen.Byte.Array[0, 600],
        Gen.OneOfConst("tree ", "100644 blob ", "parent ", "author A U Thor <a@example.com> ", "\n", "src/", ".cs", "\0")
            .Select(Gen.Byte.Array[0, 24], (word, noise) => System.Text.Encoding.ASCII.GetBytes(word).Concat(noise.Length % 3 == 0 ? noise : []).ToArray())
            .Array[0, 300]
            .Select(parts => parts.SelectMany(p => p).ToArray()));

    [Fact]
    public void Inflates_what_zlib_deflated_at_every_level() =>
        Content.Where(data => data.Length > 0).Select(Gen.Int[0, Levels.Length - 1]).Sample(
            (data, level) =>
            {
                var output = new byte[data.Length];
                Assert.True(SmallInflater.TryInflate(Deflate(data, Levels[level]), output));
                Assert.Equal(data, output);
            },
            iter: 3_000);

    [Fact]
    public void Inflates_an_empty_object_as_git_deflates_it() =>
        Assert.True(SmallInflater.TryInflate([0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01], []));

    [Fact]
    public void Inflates_blocks_with_codes_longer_than_the_lookup_table()
    {
        // Skewed frequencies over many symbols give the rare ones long codes.
        var random = new Random(7);
        var data = Enumerable.Range(0, 4096).Select(i => (byte)(i % 5 == 0 ? random.Next(256) : random.Next(4))).ToArray();
        var output = new byte[data.Length];

        Assert.True(SmallInflater.TryInflate(Deflate(data, CompressionLevel.SmallestSize), output));
        Assert.Equal(data, output);
    }

    [Fact]
    public void Answers_false_for_input_cut_short_anywhere()
    {
        var data = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 80).Select(i => $"100644 blob file{i}.cs\n")));
        var deflated = Deflate(data, CompressionLevel.Optimal);
        for (var length = 0; length < deflated.Length; length++)
        {
            Assert.False(SmallInflater.TryInflate(deflated.AsSpan(0, length), new byte[data.Length]), $"cut at {length}");
        }
    }

    [Fact]
    public void Answers_false_for_the_wrong_length_or_damaged_data() =>
        Content.Where(data => data.Length > 0).Select(Gen.Int[0, Levels.Length - 1], Gen.Int[0, int.MaxValue], Gen.Byte[1, 255]).Sample(
            (data, level, at, flip) =>
            {
                var deflated = Deflate(data, Levels[level]);
                Assert.False(SmallInflater.TryInflate(deflated, new byte[data.Length - 1]));
                Assert.False(SmallInflater.TryInflate(deflated, new byte[data.Length + 1]));

                // A damaged stream may still decode to the right length; the checksum then tells.
                deflated[at % deflated.Length] ^= flip;
                var output = new byte[data.Length];
                Assert.False(SmallInflater.TryInflate(deflated, output) && !output.SequenceEqual(data));
            },
            iter: 3_000);

    [Fact]
    public void Never_throws_on_arbitrary_input() =>
        Gen.Byte.Array[0, 200].Select(Gen.Int[0, 600], Gen.Bool).Sample(
            (noise, length, withHeader) =>
            {
                var input = withHeader ? [0x78, 0x9C, .. noise] : noise;
                var output = new byte[length];
                if (SmallInflater.TryInflate(input, output))
                {
                    Assert.Equal(Inflate(input, length), output);
                }
            },
            iter: 20_000);

    private static byte[] Inflate(byte[] deflated, int length)
    {
        using var zlib = new ZLibStream(new MemoryStream(deflated), CompressionMode.Decompress);
        var output = new byte[length];
        zlib.ReadExactly(output);
        return output;
    }

    private static byte[] Deflate(byte[] data, CompressionLevel level)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, level, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return buffer.ToArray();
    }
}
