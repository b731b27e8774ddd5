using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CheckoutComRulesSamples
{
    private static readonly string Key = FakeKey.Of("sk", "_sbox_", FakeKey.Random("abcdefghijklmnopqrstuvwxyz234567", 27, 22));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("checkout-sandbox-secret-key", Key, "CKO_SECRET_KEY")
        .Ignores("checkout-sandbox-secret-key", "the public key", $"value: pk_sbox_{FakeKey.Random("abcdefghijklmnopqrstuvwxyz234567", 27, 23)}");
}
