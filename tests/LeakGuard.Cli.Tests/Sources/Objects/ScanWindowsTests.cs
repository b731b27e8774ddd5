using System.Linq;
using System.Text;
using LeakGuard.Cli.Sources.Objects;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources.Objects;

public sealed class ScanWindowsTests
{
    private static readonly byte[] ShortLines = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"line {i:D5} of a file\n")));

    [Fact]
    public void A_window_spans_the_reach_each_way_widened_to_whole_lines()
    {
        var (start, end) = Assert.Single(ScanWindows.Around([(20_000, 20_010)], ShortLines, cutLongLines: true)!);

        Assert.InRange(20_000 - start, ScanWindows.Reach, ScanWindows.Reach + 20);
        Assert.InRange(end - 20_010, ScanWindows.Reach, ScanWindows.Reach + 20);
        Assert.Equal((byte)'\n', ShortLines[start - 1]);
        Assert.Equal((byte)'\n', ShortLines[end - 1]);
        Assert.False(ScanWindows.CutsLines([(start, end)], ShortLines));
    }

    [Fact]
    public void Windows_that_would_cover_three_quarters_of_the_text_give_way_to_a_whole_scan()
    {
        Assert.Null(ScanWindows.Around([(0, ShortLines.Length * 3 / 4)], ShortLines, cutLongLines: true));
    }

    [Fact]
    public void A_long_line_is_cut_a_reach_past_the_window_at_character_boundaries()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("é€x", 20_000)));

        var (start, end) = Assert.Single(ScanWindows.Around([(30_000, 30_001)], text, cutLongLines: true)!);

        Assert.InRange(30_000 - start, 2 * ScanWindows.Reach - 3, 2 * ScanWindows.Reach);
        Assert.InRange(end - 30_001, 2 * ScanWindows.Reach - 3, 2 * ScanWindows.Reach);
        Assert.NotEqual(0x80, text[start] & 0xC0);
        Assert.NotEqual(0x80, text[end] & 0xC0);
        Assert.True(ScanWindows.CutsLines([(start, end)], text));
    }

    [Fact]
    public void Without_cutting_a_long_line_is_scanned_whole()
    {
        var text = Encoding.UTF8.GetBytes("first line\n" + new string('x', 50_000) + "\n" + Encoding.UTF8.GetString(ShortLines));

        var (start, end) = Assert.Single(ScanWindows.Around([(30_000, 30_001)], text, cutLongLines: false)!);

        Assert.Equal("first line\n".Length, start);
        Assert.Equal("first line\n".Length + 50_001, end);
        Assert.False(ScanWindows.CutsLines([(start, end)], text));
    }

    [Fact]
    public void A_cut_inside_a_token_run_moves_to_the_run_s_edges()
    {
        var run = "eyJ" + string.Concat(Enumerable.Range(0, 2994).Select(i => "QWJj"[i % 4])) + ".x=";
        var text = Encoding.UTF8.GetBytes(new string(' ', 3000) + "k: " + run + ";" + new string(' ', 3000));
        var runStart = 3003;

        var (start, end) = Assert.Single(ScanWindows.Around([(runStart + 1500, runStart + 1501)], text, cutLongLines: true)!);

        Assert.Equal(runStart, start);
        Assert.Equal(runStart + 3000, end);
    }

    [Fact]
    public void A_token_run_longer_than_the_engine_decodes_is_cut_where_the_reach_ends()
    {
        var text = Encoding.UTF8.GetBytes(new string('A', 40_000));

        var (start, end) = Assert.Single(ScanWindows.Around([(20_000, 20_001)], text, cutLongLines: true)!);

        Assert.Equal(20_000 - (2 * ScanWindows.Reach), start);
        Assert.Equal(20_001 + (2 * ScanWindows.Reach), end);
    }
}
