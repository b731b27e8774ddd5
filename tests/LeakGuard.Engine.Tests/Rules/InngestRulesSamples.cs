using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class InngestRulesSamples
{
    private static readonly string Key = FakeKey.Of("sign", "key-prod-", FakeKey.Random(FakeKey.Hex, 64, 1));

    private static readonly string EventKey = FakeKey.Random(FakeKey.UrlSafe, 86, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("inngest-signing-key", Key, "INNGEST_SIGNING_KEY")
        .FindsIn("inngest-signing-key", "a Next.js route's serve options", $"export const {{ GET, POST, PUT }} = serve({{ client: inngest, functions, signingKey: \"{Key}\" }});", Key)
        .Ignores("inngest-signing-key", "a placeholder of the docs", "INNGEST_SIGNING_KEY=signkey-prod-abc123def456")
        .Ignores("inngest-signing-key", "one hex digit short", $"value: {Key[..^1]}")
        .FindsIn("inngest-event-key", "a .env's event key", $"INNGEST_EVENT_KEY={EventKey}\n", EventKey)
        .FindsIn("inngest-event-key", "the client's options", $"export const inngest = new Inngest({{ id: \"shop\", eventKey: \"{EventKey}\" }});", EventKey)
        .Ignores("inngest-event-key", "85 characters", $"INNGEST_EVENT_KEY={EventKey[..^1]}\n");
}
