using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LiveKitRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 43, 1);

    private static readonly string KeyId = FakeKey.Of("API", FakeKey.Random(FakeKey.Base62, 12, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("livekit-api-secret", Key, "LIVEKIT_API_SECRET")
        .FindsIn("livekit-api-secret", "the server SDK", $"import {{ AccessToken }} from 'livekit-server-sdk';\nconst at = new AccessToken('{KeyId}', '{Key}', {{ identity: participantName }});", Key)
        .Ignores("livekit-api-secret", "no LiveKit named", $"value: {Key}");
}
