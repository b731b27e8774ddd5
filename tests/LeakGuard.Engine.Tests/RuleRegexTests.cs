using Xunit;

namespace LeakGuard.Engine.Tests;

/// <summary>
/// Which patterns run on the backtracking interpreter first: those that every way of starting pins to a character or two,
/// and not to a class that an unbounded loop follows.
/// </summary>
public class RuleRegexTests
{
    [Theory]
    [InlineData("sk-ant-api03-[A-Za-z0-9_-]{93}AA")]
    [InlineData("(?<assignedname>(?i:stripe))[ \\t]{0,5}=")]
    [InlineData("(?i)(?:AKIA|ASIA)[A-Z2-7]{16}")]
    [InlineData("\\d{4}-[a-f0-9]{8}|(?i:token)=[a-z]{9}")]
    [InlineData("[?&](?:amp;)?apikey=")]
    [InlineData("[.(][a-z]{1,40}\\.key")]
    public void A_pattern_that_starts_with_a_literal_or_a_short_class_runs_backtracking_first(string pattern)
    {
        Assert.True(RuleRegex.StartsWithoutLoop(pattern));
    }

    [Theory]
    [InlineData("[a-z0-9_.-]{0,40}password")]
    [InlineData("(?:sk-|[a-z]{0,9}x)")]
    [InlineData("x?abc")]
    [InlineData("(?:ab)?c")]
    [InlineData("(?i)[a-z]+=")]
    [InlineData("sk-[a-z]{4}|[0-9]*y")]
    [InlineData("(?=sk-)sk-[a-z]{4}")]
    [InlineData("(?<secret>[A-Za-z0-9]{32})(?:$|[^A-Za-z0-9])")]
    [InlineData("[.\\[(][\"']?[a-z0-9_.-]*secret")]
    [InlineData("[.(][a-z]+\\.key")]
    [InlineData("[.(][a-z]{2,}\\.key")]
    public void A_pattern_that_may_start_with_a_loop_or_a_long_class_runs_non_backtracking(string pattern)
    {
        Assert.False(RuleRegex.StartsWithoutLoop(pattern));
    }

    [Fact]
    public void A_pattern_slow_on_every_text_moves_to_the_linear_engine_though_each_text_is_under_the_budget()
    {
        var regex = RuleRegex.For("x[^\\n]{0,200}?!", System.TimeSpan.FromSeconds(10));
        var text = new string('x', 2000);

        for (var i = 0; i < 1000 && !regex.RunsLinear; i++)
        {
            Assert.False(regex.IsMatch(text));
        }

        Assert.True(regex.RunsLinear);
        Assert.True(regex.IsMatch(text + "!"));
        Assert.Equal(1799, regex.Match(text + "!", 0).Index);
    }

    [Fact]
    public void A_literal_searched_for_in_texts_without_it_stays_on_the_interpreter()
    {
        var regex = RuleRegex.For("sk-ant-[a-z]{10}", System.TimeSpan.FromSeconds(10));
        var text = string.Concat(System.Linq.Enumerable.Repeat("The quick brown fox jumps over the lazy dog. ", 200));

        for (var i = 0; i < 2000; i++)
        {
            Assert.False(regex.IsMatch(text));
        }

        Assert.False(regex.RunsLinear);
    }
}
