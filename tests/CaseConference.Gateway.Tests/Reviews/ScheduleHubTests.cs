using CaseConference.Contracts.Reviews;
using Microsoft.AspNetCore.SignalR.Client;

namespace CaseConference.Gateway.Tests.Reviews;

/// <summary>LV2: staff of a panti receive its schedule changes live; another panti's staff do not.</summary>
public sealed class ScheduleHubTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task LV2_staff_receive_schedule_changes_live_and_another_panti_receives_none()
    {
        await using var staf = await Participant.ConnectAsync(world, "staf", hub: "/hubs/schedule");
        await using var foreign = await Participant.ConnectAsync(world, GatewayWorld.Foreign, hub: "/hubs/schedule");
        var view = await staf.Connection.InvokeAsync<ScheduleView>("Join");
        await foreign.Connection.InvokeAsync<ScheduleView>("Join");

        // KK6: a new urgent KK changes the ordered list of upcoming KKs (RV4).
        await Sessions.PlanUrgentAsync(world);

        await Poll.Until(() =>
            staf.Received.Any(r => r.Event.Kind == "ScheduleChanged" && r.Event.Sequence > view.Version),
            TimeSpan.FromSeconds(30), "a schedule change at the staff member");
        staf.Received.ShouldAllBe(r => r.Feed == $"schedule:{Gateway.Commands.DemoSeed.PantiId}");
        foreign.Received.ShouldNotContain(r => r.Feed == $"schedule:{Gateway.Commands.DemoSeed.PantiId}");
    }
}
