using CaseConference.Contracts;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Staff;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Serializers;
using Shouldly;

namespace CaseConference.Cluster.Tests.Foundation;

/// <summary>
/// Issue 9 (CPU per minute entry): the domain types on every minute's path cross the Orleans wire
/// through codecs of their own, not as JSON with their type's name, and arrive whole.
/// </summary>
public sealed class WireCodecTests
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSerializer(s => s.AddCaseConferenceSerialization())
        .BuildServiceProvider();

    [Fact]
    public void Issue09_a_minutes_entry_crosses_the_wire_whole_without_json()
    {
        var entry = new MinuteEntry(7, new DateTimeOffset(2026, 1, 5, 9, 30, 0, TimeSpan.FromHours(7)), Guid.NewGuid(),
            "Klien hadir bersama ibunya; rencana intervensi disepakati.", Amends: 3);

        RoundTrip(entry).ShouldBe(entry);
        RoundTrip(new Versioned<MinuteEntry>(entry, 42)).ShouldBe(new Versioned<MinuteEntry>(entry, 42));
        Copy(entry).ShouldBe(entry);
        Codec<MinuteEntry>().ShouldNotBeOfType<JsonCodec>();
    }

    [Fact]
    public void Issue09_an_actor_crosses_the_wire_whole_without_json_and_its_copy_has_its_own_roles()
    {
        var actor = new Actor(Guid.NewGuid(), "Sri Wahyuni", [StaffRole.Peksos, StaffRole.Sekretaris],
            Discipline.Peksos, true);

        var read = RoundTrip(actor);
        read.Roles.ShouldBe(actor.Roles);
        read.ShouldBe(actor with { Roles = read.Roles });
        var copy = Copy(actor);
        copy.Roles.ShouldBe(actor.Roles);
        copy.Roles.ShouldNotBeSameAs(actor.Roles, "a local call must not share a list the caller may change");
        RoundTrip(new Actor(Guid.NewGuid(), "Budi", [StaffRole.Staf])).CoreDiscipline.ShouldBeNull();
        Codec<Actor>().ShouldNotBeOfType<JsonCodec>();
    }

    private static T RoundTrip<T>(T value)
    {
        var serializer = Services.GetRequiredService<Serializer<T>>();
        return serializer.Deserialize(serializer.SerializeToArray(value))!;
    }

    private static T Copy<T>(T value) => Services.GetRequiredService<DeepCopier<T>>().Copy(value)!;

    private static object Codec<T>() => Services.GetRequiredService<ICodecProvider>().GetCodec(typeof(T));
}
