using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class UnkeyRulesSamples
{
    private static readonly string Key = FakeKey.Of("unkey", "_", FakeKey.Random("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 20, 15));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("unkey-root-key", Key, "UNKEY_ROOT_KEY")
        .Ignores("unkey-root-key", "an identifier", "unkey_verification_handler = None");
}
