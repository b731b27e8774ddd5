using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CloudinaryRulesSamples
{
    private static readonly string CloudinaryUrlKey = FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 27, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("cloudinary-url", "CLOUDINARY_URL", $"CLOUDINARY_URL=cloudinary://{FakeKey.Random(TestKeys.Digits, 15, 3)}:{CloudinaryUrlKey}@demo-cloud", CloudinaryUrlKey)
        .FindsIn("cloudinary-api-secret", "cloudinary.config", $"cloudinary.config({{\n  cloud_name: 'demo-cloud',\n  api_key: '{FakeKey.Random(TestKeys.Digits, 15, 3)}',\n  api_secret: '{CloudinaryUrlKey}'\n}});", CloudinaryUrlKey)
        .Finds("cloudinary-api-secret", CloudinaryUrlKey, "CLOUDINARY_API_SECRET")
        .FindsIn("cloudinary-api-secret", "the Android SDK's map", $"Map<String, String> config = new HashMap<>();\nconfig.put(\"cloud_name\", \"demo-cloud\");\nconfig.put(\"api_secret\", \"{CloudinaryUrlKey}\");\n\nMediaManager.init(this, config);", CloudinaryUrlKey)
        .FindsIn("cloudinary-api-secret", "the Android SDK's map in Kotlin", $"val config = HashMap<String, String>()\nconfig[\"api_secret\"] = \"{CloudinaryUrlKey}\"\nMediaManager.init(this, config)", CloudinaryUrlKey)
        .FindsIn("cloudinary-api-secret", "the .NET SDK's account", $"Account account = new Account(\n    \"demo-cloud\",\n    \"{FakeKey.Random(TestKeys.Digits, 15, 4)}\",\n    \"{CloudinaryUrlKey}\");\nvar cloudinary = new Cloudinary(account);", CloudinaryUrlKey)
        .FindsIn("cloudinary-api-secret", "the .NET SDK's account in VB", $"Dim account As New Account(\"demo-cloud\", \"{FakeKey.Random(TestKeys.Digits, 15, 4)}\", \"{CloudinaryUrlKey}\")", CloudinaryUrlKey)
        .Ignores("cloudinary-api-secret", "another Account of three strings", $"var account = new Account(\"Ada\", \"Lovelace\", \"{FakeKey.Random(FakeKey.UrlSafe, 27, 5)}\");")
        .Ignores("cloudinary-api-secret", "an asset's public id", $"cloudinary.uploader.destroy(public_id: '{CloudinaryUrlKey}')")
        .Ignores("cloudinary-url", "secret too short", $"CLOUDINARY_URL=cloudinary://{FakeKey.Random(TestKeys.Digits, 15, 3)}:{CloudinaryUrlKey[..^1]}@demo-cloud");
}
