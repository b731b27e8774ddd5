using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AkamaiRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 43, 1), "=");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("akamai-edgegrid-client-secret", Key, "AKAMAI_CLIENT_SECRET")
        .FindsIn("akamai-edgegrid-client-secret", "an .edgerc section", $"[default]\nclient_secret = {Key}\nhost = akab-{FakeKey.Random(TestKeys.LowerAlphanumeric, 16, 2)}-{FakeKey.Random(TestKeys.LowerAlphanumeric, 16, 3)}.luna.akamaiapis.net\n", Key)
        .Ignores("akamai-edgegrid-client-secret", "the example .edgerc of Akamai's EdgeGrid libraries", $"[default]\nclient_secret = {FakeKey.Of("C113nt53KR3TN6N90yVu", "AgICxIRwsObLi0E67/N8eRN=")}\nhost = akab-h05tnam3wl42son7nktnlnnx-kbob3i3v.luna.akamaiapis.net\n");
}
