using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RecaptchaRulesSamples
{
    private static readonly string Secret = FakeKey.Of("6L", FakeKey.Random(FakeKey.UrlSafe, 38, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("recaptcha-secret-key", Secret, "RECAPTCHA_SECRET_KEY")
        .FindsIn("recaptcha-secret-key", "ASP.NET Core settings", $"\"Recaptcha\": {{\n    \"SiteKey\": \"{FakeKey.Of("6L", FakeKey.Random(FakeKey.UrlSafe, 38, 2))}\",\n    \"SecretKey\": \"{Secret}\"\n  }}", Secret)
        .Ignores("recaptcha-secret-key", "Google's published test secret", $"RECAPTCHA_SECRET_KEY={FakeKey.Of("6LeIxAcTAAAAA", "GG-vFI1TnRWxMZ", "NFuojJ4WifJWe")}")
        .Ignores("recaptcha-secret-key", "the site key, public in every page", $"<div class=\"g-recaptcha\" data-sitekey=\"{Secret}\"></div>")
        .FindsIn("generic-secret", "one character short: only the generic rule", $"recaptcha_secret = \"{Secret[..^1]}\"", Secret[..^1]);
}
