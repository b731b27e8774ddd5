using System.Text;
using LeakGuard.Cli.Sources.Objects;
using LeakGuard.Engine;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources.Objects;

public sealed class AllowMarkerBytesTests
{
    [Theory]
    [InlineData("x = 1; // leakguard:allow")]
    [InlineData("x = 1; # GITLEAKS:ALLOW")]
    [InlineData("x = 1; # LeakGuard:Allow")]
    [InlineData("é€ leakguard:allow at the end:allow")]
    public void Whatever_holds_a_marker_may_hold_one(string text)
    {
        Assert.True(AllowMarker.Contains(text, 0, text.Length));
        Assert.True(AllowMarkerBytes.MayHold(Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(":")]
    [InlineData("x: allow")]
    [InlineData("leakguardallow")]
    [InlineData("a:allo")]
    [InlineData("::::allo")]
    public void Text_without_colon_allow_in_any_case_holds_none(string text)
    {
        Assert.False(AllowMarkerBytes.MayHold(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void A_colon_allow_at_the_very_end_is_seen()
    {
        Assert.True(AllowMarkerBytes.MayHold("x:ALLOW"u8));
        Assert.False(AllowMarkerBytes.MayHold("x:ALLO"u8));
    }
}
