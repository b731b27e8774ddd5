using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HCaptchaRulesSamples
{
    private static readonly string Secret = FakeKey.Of("0x", FakeKey.Random(FakeKey.Hex, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("hcaptcha-secret-key", Secret, "HCAPTCHA_SECRET")
        .Ignores("hcaptcha-secret-key", "an Ethereum address", $"const owner = \"{Secret}\"; // hcaptcha")
        .FindsIn("generic-secret", "no hCaptcha near: only the generic rule", $"secret = \"{Secret}\"", Secret);
}
