using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FacebookRulesSamples
{
    private static readonly string Token = FakeKey.Of("EA", "AM", FakeKey.Random(FakeKey.Base62, 180, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("facebook-page-access-token", Token, "FACEBOOK_ACCESS_TOKEN")
        .Ignores("facebook-page-access-token", "inside a base64 run", $"data:image/png;base64,AAAA+{Token}/AAAA")
        .Ignores("facebook-page-access-token", "too short", $"value: {Token[..90]}")
        .Ignores("facebook-page-access-token", "letters only", "token: EA" + "AM" + FakeKey.Random(TestKeys.Letters, 150, 12));
}
