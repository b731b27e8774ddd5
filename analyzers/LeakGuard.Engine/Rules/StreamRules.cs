using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class StreamRules
{
    private const string Key = "[a-z0-9]{64}";

    private static readonly Remediation Remediation = new("https://dashboard.getstream.io/", "Stream:ApiSecret", "STREAM_API_SECRET");

    // A Stream (GetStream) API secret: 64 lower-case letters and digits, under its name or handed to the server client
    // after the key. It signs tokens for any user of the app.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "stream-api-secret",
            "Stream",
            "Stream (GetStream) API secret (64 characters)",
            Patterns.AssignedTo("stream_?(?:api_?)?secret", Key) + "|" + Patterns.CallArgument("StreamChat", "api_secret", Key)
                + "|(?:StreamChat\\.getInstance|StreamClient|connect)\\([ \t]{0,3}" + Patterns.AfterArgument("[a-z0-9]{12}", Key)
                + "|" + Patterns.SecondArgumentReference("(?:stream\\.connect|StreamChat\\.getInstance|StreamClient)"),
            new[] { "stream_secret", "streamsecret", "stream_api_secret", "streamapisecret", "StreamChat.getInstance", "StreamChat(", "StreamClient(", "stream.connect(" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 3),
        },
    };
}
