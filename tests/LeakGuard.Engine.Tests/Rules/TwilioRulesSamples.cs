using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TwilioRulesSamples
{
    private static readonly string ApiKeyPair = FakeKey.Of(TestKeys.TwilioApiKey(2), "'\napi_secret = '", FakeKey.Random(FakeKey.Base62, 32, 61));

    private static readonly string ApiKeyPairJs = FakeKey.Of(TestKeys.TwilioApiKey(3), "\";\nconst apiSecret = \"", FakeKey.Random(FakeKey.Base62, 32, 62));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("twilio-api-key", TestKeys.TwilioApiKey(), "TWILIO_API_KEY")
        .FindsIn("twilio-api-key-pair", "API key SID and secret", $"api_key = '{ApiKeyPair}'", ApiKeyPair)
        .FindsIn("twilio-api-key-pair", "JavaScript constants", $"const apiKey = \"{ApiKeyPairJs}\";", ApiKeyPairJs)
        .Ignores("twilio-api-key-pair", "an SK with 31 hex digits before 32 characters", $"v1 = 'SK{FakeKey.Random(FakeKey.Hex, 31, 64)}'\nv2 = '{FakeKey.Random(FakeKey.Base62, 32, 65)}'")
        .FindsIn("twilio-account-pair", "account SID and auth token", $"TWILIO_ACCOUNT_SID=AC{FakeKey.Random(FakeKey.Hex, 32, 7)}\nTWILIO_AUTH_TOKEN={TestKeys.Hex32(2)}", TestKeys.Hex32(2))
        .FindsIn("twilio-auth-token", "name passed as context", TestKeys.Hex32(3), TestKeys.Hex32(3), "TwilioAuthToken")
        .FindsIn("twilio-auth-token", "auth token alone", $"TWILIO_AUTH_TOKEN={TestKeys.Hex32(4)}", TestKeys.Hex32(4))
        .FindsIn("twilio-account-pair", "client constructor", $"new TwilioRestClient(\"AC{FakeKey.Random(FakeKey.Hex, 32, 8)}\", \"{TestKeys.Hex32(5)}\");", TestKeys.Hex32(5))
        .Ignores("twilio-account-pair", "a GUID without hyphens after the SID", $"AccountSid=AC{TestKeys.Hex32()}\nRequestId=" + "72f988bf86f1" + "41af91ab2d7cd011db47")
        .Ignores("twilio-api-key", "31 hex digits", TestKeys.TwilioApiKey()[..^1])
        .Ignores("twilio-api-key", "upper-case hex", "S" + "K" + TestKeys.Hex32().ToUpperInvariant())
        .FindsIn("twilio-auth-token", "beside a Verify service's SID, Twilio not named", $"authToken = \"{TestKeys.Hex32(5)}\";\n\nconst verifySid = \"VA{TestKeys.Hex32(6)}\";", TestKeys.Hex32(5))
        .FindsIn("twilio-auth-token", "beside an account SID's name", $"# account_sid = 'US{TestKeys.Hex32(7)}'\n# auth_token = '{TestKeys.Hex32(8)}'", TestKeys.Hex32(8))
        .Ignores("twilio-auth-token", "no Twilio context", $"\"md5\": \"{TestKeys.Hex32()}\"")
        .Ignores("twilio-auth-token", "the account SID alone", $"twilio_account_sid: AC{TestKeys.Hex32()}");
}
