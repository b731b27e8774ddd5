using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PayPalRulesSamples
{
    private static readonly string Secret = FakeKey.Of("E", FakeKey.Random(FakeKey.UrlSafe, 79, 1));

    private static readonly string ClientId = FakeKey.Of("A", FakeKey.Random(FakeKey.UrlSafe, 79, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("paypal-client-secret", Secret, "PAYPAL_CLIENT_SECRET")
        .FindsIn("paypal-client-secret", "ASP.NET Core settings", $"\"PayPal\": {{\n    \"Mode\": \"live\",\n    \"ClientSecret\": \"{Secret}\"\n  }}", Secret)
        .Ignores("paypal-client-secret", "the client id in the checkout script", $"<script src=\"https://www.paypal.com/sdk/js?client-id={ClientId}&currency=EUR\"></script>")
        .FindsIn("paypal-client-credentials-pair", "Checkout SDK, positional", $"var environment = new SandboxEnvironment(\"{ClientId}\", \"{Secret}\");\nvar client = new PayPalHttpClient(environment);", Secret)
        .FindsIn("paypal-client-credentials-pair", "Node SDK, next line", $"const environment = new paypal.core.SandboxEnvironment('{ClientId}',\n    '{Secret}');", Secret)
        .Ignores("paypal-client-credentials-pair", "second value does not start with E", $"new paypal.core.SandboxEnvironment('{ClientId}', '{ClientId}');")
        .Ignores("paypal-client-credentials-pair", "secret one character short", $"new paypal.core.SandboxEnvironment('{ClientId}', '{Secret[..^1]}');")
        .FindsIn("generic-secret", "one character short: only the generic rule", $"paypal_secret = \"{Secret[..^1]}\"", Secret[..^1]);
}
