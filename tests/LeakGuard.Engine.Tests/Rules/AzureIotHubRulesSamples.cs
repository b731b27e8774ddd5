using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AzureIotHubRulesSamples
{
    private static readonly string DeviceKey = FakeKey.Random(FakeKey.Base64, 43, 1) + "=";

    private static readonly string OtherDeviceKey = FakeKey.Random(FakeKey.Base64, 43, 2) + "=";

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("azure-iot-device-key", "the quickstart's simulated device", $"static string iotHubUri = \"contoso-hub.azure-devices.net\";\nstatic string deviceKey = \"{DeviceKey}\";", DeviceKey)
        .FindsIn("azure-iot-device-key", "name passed as context", OtherDeviceKey, OtherDeviceKey, "DeviceKey")
        .Ignores("azure-iot-device-key", "no device context", $"value: {DeviceKey}")
        .Ignores("azure-iot-device-key", "a digest", $"sha256: {DeviceKey}")
        .Ignores("azure-iot-device-key", "one character short", $"deviceKey: {DeviceKey[1..]}");
}
