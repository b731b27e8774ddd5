using System;
using CsCheck;
using LeakGuard.Engine.Decoding;
using Xunit;

namespace LeakGuard.Engine.Tests.Decoding;

/// <summary>The search for long base64 runs, 32 characters at a time or by probes, finds what a plain walk finds.</summary>
public class Base64RunsTests
{
    // Mostly base64 characters, so that runs of every length around the minimum occur, crossing 32-character blocks.
    private const string Alphabet = "abcXYZ019+/-_abcXYZ019+/-_abcXYZ019+/-_abcXYZ019+/-_abcXYZ019+/-_abcXYZ019+/-_ .=\né€";

    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("abcdefghijklmnop", 0, 0)]
    [InlineData("abcdefghijklmno", 0, 15)]
    [InlineData("x.abcdefghijklmnop", 0, 2)]
    [InlineData("abcdefghijklmnopq", 2, 17)]
    [InlineData("0123456789abcdefghijklmnopqrstu é0123456789abcdefghijklmnop", 0, 0)]
    [InlineData("0123456789abcdef.0123456789abcdefghijklmnopqrstuvwxyzABCDEF", 5, 17)]
    [InlineData("abc def ghi jkl mno pqr stu vwx yz0 123 456 789 abc def gh-/+_0123456789AB", 0, 56)]
    public void Finds_the_first_run_of_sixteen(string text, int from, int expected)
    {
        Assert.Equal(expected, Base64Runs.LongRunAt(text, from));
        Assert.Equal(expected, Base64Runs.LongRunAtScalar(text, from));
    }

    [Fact]
    public void Agrees_with_a_plain_walk_on_any_text()
    {
        Gen.String[Gen.Char[Alphabet], 0, 300].Select(Gen.Int[0, 300]).Sample(
            (text, from) =>
            {
                from = Math.Min(from, text.Length);
                var expected = PlainWalk(text, from);
                Assert.Equal(expected, Base64Runs.LongRunAt(text, from));
                Assert.Equal(expected, Base64Runs.LongRunAtScalar(text, from));
            },
            iter: 50_000);
    }

    private static int PlainWalk(string text, int from)
    {
        var start = from;
        for (var i = from; i < text.Length; i++)
        {
            if (!IsBase64(text[i]))
            {
                start = i + 1;
            }
            else if (i - start + 1 >= Base64Runs.MinimumLength)
            {
                return start;
            }
        }

        return text.Length;
    }

    private static bool IsBase64(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '-' or '_';
}
