using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PusherRulesSamples
{
    private static readonly string Secret = FakeKey.Random(FakeKey.Hex, 20, 1);

    private static readonly string AppKey = FakeKey.Random(FakeKey.Hex, 20, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("pusher-app-secret", Secret, "PUSHER_APP_SECRET")
        .FindsIn("pusher-app-secret", "Laravel's .env", $"BROADCAST_DRIVER=pusher\nPUSHER_APP_ID=1234567\nPUSHER_APP_SECRET={Secret}\nPUSHER_APP_CLUSTER=eu\n", Secret)
        .Ignores("pusher-app-secret", "the app key, public in every page", $"var pusher = new Pusher('{AppKey}', {{ cluster: 'eu' }});")
        .Ignores("pusher-app-secret", "one digit short", $"pusher_secret: {Secret[..^1]}")
        .FindsIn("pusher-app-secret", "PHP's constructor, by position", $"$pusher = new Pusher\\Pusher('{AppKey}', '{Secret}', '1234567', $options);", Secret)
        .FindsIn("pusher-app-secret", ".NET's constructor, by position", $"var pusher = new Pusher(\"1234567\", \"{AppKey}\", \"{Secret}\", options);", Secret)
        .Ignores("pusher-app-secret", "the browser's client: the key and its options", $"var pusher = new Pusher(\"{AppKey}\", {{ cluster: \"eu\", authEndpoint: \"/broadcasting/auth\" }});");
}
