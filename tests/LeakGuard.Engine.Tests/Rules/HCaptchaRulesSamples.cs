using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HCaptchaRulesSamples
{
    private static readonly string Secret = FakeKey.Of("0x", FakeKey.Random(FakeKey.Hex, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("hcaptcha-secret-key", Secret, "HCAPTCHA_SECRET")
        .FindsIn("hcaptcha-secret-key", "under a private key's name", $"$privatekey = \"{Secret}\"; // verified at https://hcaptcha.com/siteverify", Secret)
        .FindsIn("hcaptcha-site-secret", "a current secret", $"HCAPTCHA_SECRET=ES_{TestKeys.CompactGuid(3)}\n", $"ES_{TestKeys.CompactGuid(3)}")
        .Ignores("hcaptcha-site-secret", "hex that is not a GUID", $"value: ES_{TestKeys.Hex32(4)}")
        .Ignores("hcaptcha-secret-key", "an Ethereum address", $"const owner = \"{Secret}\"; // hcaptcha")
        .FindsIn("generic-secret", "no hCaptcha near: only the generic rule", $"secret = \"{Secret}\"", Secret);
}
