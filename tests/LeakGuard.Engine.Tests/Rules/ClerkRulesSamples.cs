using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ClerkRulesSamples
{
    private static readonly string Key = FakeKey.Of("sk", "_test_", FakeKey.Random(FakeKey.Base62, 43, 1));

    private static readonly string StripeKey = FakeKey.Of("sk", "_test_", FakeKey.Random(FakeKey.Base62, 99, 2));

    private static readonly string ShorterKey = FakeKey.Of("sk", "_live_", FakeKey.Random(FakeKey.Base62, 42, 3));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("clerk-secret-key", Key, "CLERK_SECRET_KEY")
        .FindsIn("clerk-secret-key", "Next.js's .env.local, Stripe's key beside it reported as Stripe's", $"NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_test_Y2xlcmsuZXhhbXBsZS5jb20k\nCLERK_SECRET_KEY={Key}\n", Key)
        .FindsIn("stripe-secret-key", "Stripe's key beside Clerk's: a Stripe key's length", $"CLERK_SECRET_KEY=\nSTRIPE_SECRET_KEY={StripeKey}\n", StripeKey)
        .FindsIn("stripe-secret-key", "43 characters without Clerk's name: left to the Stripe rule", $"value: {Key}", Key)
        .Ignores("clerk-secret-key", "a placeholder", "CLERK_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
        .FindsIn("clerk-secret-key", "42 characters, as most keys have", $"CLERK_SECRET_KEY={ShorterKey}\n", ShorterKey);
}
