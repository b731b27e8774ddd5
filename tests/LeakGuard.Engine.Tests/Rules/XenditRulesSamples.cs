using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class XenditRulesSamples
{
    private static readonly string Key = FakeKey.Of("xnd", "_development_", FakeKey.Random(FakeKey.Base64, 60, 49), "==");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("xendit-secret-key", Key, "XENDIT_SECRET_KEY")
        .Ignores("xendit-secret-key", "the public key", $"XENDIT_PUBLIC_KEY=xnd_public_development_{FakeKey.Random(FakeKey.Base62, 60, 50)}");
}
