using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MicrosoftTeamsRulesSamples
{
    private static readonly string MicrosoftTeamsWebhookUrlKey = FakeKey.Of("https://", "contoso.", "webhook.office.com/webhookb2/", FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5), "@", FakeKey.Random(FakeKey.Hex, 8, 6), "-", FakeKey.Random(FakeKey.Hex, 4, 7), "-4", FakeKey.Random(FakeKey.Hex, 3, 8), "-a", FakeKey.Random(FakeKey.Hex, 3, 9), "-", FakeKey.Random(FakeKey.Hex, 12, 10), "/IncomingWebhook/", FakeKey.Random(FakeKey.Hex, 32, 11), "/", FakeKey.Random(FakeKey.Hex, 8, 12), "-", FakeKey.Random(FakeKey.Hex, 4, 13), "-4", FakeKey.Random(FakeKey.Hex, 3, 14), "-a", FakeKey.Random(FakeKey.Hex, 3, 15), "-", FakeKey.Random(FakeKey.Hex, 12, 16));

    private static readonly string MicrosoftTeamsWorkflowUrlKey = FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 43, 11));

    private static readonly string LegacyWebhookUrl = FakeKey.Of("https://outlook.", "office.com/webhook/", TestKeys.Uuid(21), "@", TestKeys.Uuid(22), "/IncomingWebhook/", FakeKey.Random(FakeKey.Hex, 32, 23), "/", TestKeys.Uuid(24));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("microsoft-teams-webhook-url", MicrosoftTeamsWebhookUrlKey, "API_KEY")
        .FindsIn("microsoft-teams-webhook-url", "the older outlook.office.com host", $"$uri = '{LegacyWebhookUrl}'", LegacyWebhookUrl)
        .Ignores("microsoft-teams-webhook-url", "one character short", $"value: {MicrosoftTeamsWebhookUrlKey[..^1]}")
        .FindsIn("microsoft-teams-workflow-url", "workflow URL", $"url: https://prod-12.westeurope.logic.azure.com:443/workflows/{FakeKey.Random(FakeKey.Hex, 32, 9)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={MicrosoftTeamsWorkflowUrlKey}", MicrosoftTeamsWorkflowUrlKey)
        .FindsIn("microsoft-teams-workflow-url", "a workflow URL in web.config, its ampersands escaped", $"<add key=\"TeamsWorkflowUrl\" value=\"https://prod-56.westeurope.logic.azure.com:443/workflows/{FakeKey.Random(FakeKey.Hex, 32, 12)}/triggers/manual/paths/invoke?api-version=2016-10-01&amp;sp=%2Ftriggers%2Fmanual%2Frun&amp;sv=1.0&amp;sig={MicrosoftTeamsWorkflowUrlKey}\" />", MicrosoftTeamsWorkflowUrlKey)
        .FindsIn("microsoft-teams-workflow-url", "a workflow URL in JSON with \\u0026", $"\"uri\": \"https://prod-56.westeurope.logic.azure.com:443/workflows/{FakeKey.Random(FakeKey.Hex, 32, 12)}/triggers/manual/paths/invoke?api-version=2016-10-01\\u0026sp=%2Ftriggers%2Fmanual%2Frun\\u0026sv=1.0\\u0026sig={MicrosoftTeamsWorkflowUrlKey}\"", MicrosoftTeamsWorkflowUrlKey)
        .FindsIn("microsoft-teams-workflow-url", "a Power Platform workflow URL", $"TEAMS_WEBHOOK_URL=https://default{FakeKey.Random(FakeKey.Hex, 30, 10)}.0e.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/{FakeKey.Random(FakeKey.Hex, 32, 11)}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={MicrosoftTeamsWorkflowUrlKey}", MicrosoftTeamsWorkflowUrlKey)
        .Ignores("microsoft-teams-workflow-url", "signature too short", $"url: https://prod-12.westeurope.logic.azure.com:443/workflows/{FakeKey.Random(FakeKey.Hex, 32, 9)}/triggers/manual/paths/invoke?sv=1.0&sig={MicrosoftTeamsWorkflowUrlKey[..^2]}");
}
