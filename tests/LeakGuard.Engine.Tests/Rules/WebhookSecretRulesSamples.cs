using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class WebhookSecretRulesSamples
{
    private static readonly string HexSecret = FakeKey.Random(FakeKey.Hex, 40, 31);

    private static readonly string Base64Secret = FakeKey.Random(FakeKey.Base64, 43, 32) + "=";

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("webhook-secret", "a bot's YAML config", $"app_slug: deploy-bot\nwebhook_secret: {HexSecret}\nallowed_repos:\n  - platform/api\n", HexSecret)
        .FindsIn("webhook-secret", "a .env line", $"GITHUB_WEBHOOK_SECRET={Base64Secret}\n", Base64Secret)
        .FindsIn("webhook-secret", "a C# setting", $"public string WebhookSigningKey {{ get; set; }} = \"{HexSecret}\";", HexSecret)
        .Ignores("webhook-secret", "chosen words, a reference and a header's name", "webhook_secret: my-webhook-secret\nWEBHOOK_SECRET=${GITHUB_WEBHOOK_SECRET}\nwebhookSecretFile: /run/secrets/github_webhook");
}
