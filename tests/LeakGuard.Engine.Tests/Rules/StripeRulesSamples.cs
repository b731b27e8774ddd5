using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class StripeRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("stripe-secret-key", TestKeys.Stripe(), "STRIPE_SECRET_KEY")
        .FindsIn("stripe-secret-key", "test mode key", $"StripeConfiguration.ApiKey = \"{TestKeys.Stripe("sk", "test", 2)}\";", TestKeys.Stripe("sk", "test", 2))
        .FindsIn("stripe-restricted-key", "restricted key", $"STRIPE_KEY={TestKeys.Stripe("rk", "live", 3)}", TestKeys.Stripe("rk", "live", 3))
        .Finds("stripe-webhook-secret", FakeKey.Of("wh", "sec_", FakeKey.Random(FakeKey.Base62, 32, 4)), "STRIPE_WEBHOOK_SECRET")
        .Ignores("stripe-secret-key", "the test key of Stripe's API reference", $"stripe.api_key = \"{FakeKey.Of("sk_", "test_", "4eC39HqLyjW", "DarjtT1zdp7dc")}\"")
        .Ignores("stripe-secret-key", "the test key of Stripe's older docs", $"Stripe.api_key = '{FakeKey.Of("sk_", "test_", "BQokikJOvBiI", "2HlWgH4olfQ2")}'")
        .Ignores("stripe-webhook-secret", "too short", "whsec_" + FakeKey.Random(FakeKey.Base62, 31, 4))
        .Ignores("stripe-secret-key", "publishable key", TestKeys.Stripe("pk"))
        .Ignores("stripe-secret-key", "placeholder", "sk" + "_live_" + new string('x', 24))
        .Ignores("stripe-secret-key", "too short", "sk" + "_test_abc123")
        .Ignores("stripe-restricted-key", "unknown mode", TestKeys.Stripe("rk", "demo"));
}
