using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MakeRulesSamples
{
    private static readonly string Key = FakeKey.Of("https://hook.eu1.make", ".com/", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 32, 91));

    private static readonly string IntegromatUrl = FakeKey.Of("https://hook.integromat", ".com/", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 32, 92));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("make-webhook-url", "a .env file", $"MAKE_WEBHOOK_URL={Key}\n", Key)
        .Ignores("make-webhook-url", "a placeholder", "MAKE_WEBHOOK_URL=https://hook.eu1.make.com/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
        .FindsIn("make-webhook-url", "a hook of Integromat, Make's name before 2022", $"url: {IntegromatUrl}\n", IntegromatUrl);
}
