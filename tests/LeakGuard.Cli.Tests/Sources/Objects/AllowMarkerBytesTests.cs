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
    [InlineData("é€ leakguard:allow at the end")]
    [InlineData("leakguard:allow")]
    public void Text_the_engine_finds_a_marker_in_holds_one(string text)
    {
        Assert.True(AllowMarker.Contains(text, 0, text.Length));
        Assert.True(AllowMarkerBytes.MayHold(Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x: allow")]
    [InlineData("leakguardallow")]
    [InlineData("leakguard:allo")]
    [InlineData("llllleakguard: allow")]
    [InlineData("# g\u0131tleaks:allow")]
    [InlineData("# gitleak\u017F:allow")]
    [InlineData("# lea\u212Aguard:allow")]
    public void Text_the_engine_finds_no_marker_in_holds_none(string text)
    {
        Assert.False(AllowMarker.Contains(text, 0, text.Length));
        Assert.False(AllowMarkerBytes.MayHold(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Every_marker_the_engine_knows_is_found_in_any_case()
    {
        foreach (var marker in AllowMarker.Markers)
        {
            Assert.True(AllowMarkerBytes.MayHold(Encoding.UTF8.GetBytes("a " + marker.ToUpperInvariant())));
            Assert.True(AllowMarkerBytes.MayHold(Encoding.UTF8.GetBytes(marker + " b")));
        }
    }
}
