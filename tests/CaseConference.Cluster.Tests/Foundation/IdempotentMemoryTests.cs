using CaseConference.Contracts;
using CaseConference.Grains.Infrastructure;
using Shouldly;

namespace CaseConference.Cluster.Tests.Foundation;

/// <summary>
/// Issue 9: what a grain's state keeps of its keyed changes is bounded, and holds the answer as the command typed it.
/// </summary>
public sealed class IdempotentMemoryTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly Caller Sekretaris = new(Guid.NewGuid(), Guid.NewGuid());

    [Fact]
    public void Issue09_memory_keeps_the_last_64_keys_and_none_older_than_a_day()
    {
        var memory = new IdempotentMemory();
        for (var n = 1; n <= IdempotentMemory.Capacity + 6; n++)
        {
            Remember(memory, $"kunci-{n}", (long)n, Start.AddMinutes(n));
        }

        memory.Answers.Count.ShouldBe(IdempotentMemory.Capacity);
        memory.Find(Sekretaris, "kunci-6", Start).ShouldBeNull();
        memory.Find(Sekretaris, "kunci-7", Start)!.Json.ShouldBe("7");
        memory.Find(Sekretaris with { StaffId = Guid.NewGuid() }, "kunci-7", Start)
            .ShouldBeNull("a key belongs to the person who sent it");

        var dayLater = Start.AddMinutes(7) + IdempotentMemory.Lifetime;
        memory.Find(Sekretaris, "kunci-7", dayLater).ShouldBeNull();
        Remember(memory, "kunci-baru", 1L, dayLater.AddMinutes(1));
        memory.Answers.Select(a => a.Key).ShouldNotContain("kunci-8", "a write forgets what is a day old");
        memory.Find(Sekretaris, "kunci-9", dayLater)!.Json.ShouldBe("9");
    }

    [Fact]
    public void Issue09_a_command_that_writes_twice_is_remembered_once_with_its_last_answer()
    {
        var memory = new IdempotentMemory();
        memory.Begin(Sekretaris, new IdempotentRequest("tutup-1", "POST /close"), typeof(long), Start);
        memory.Answer(41L);
        memory.Answer(42L);
        memory.Answered(42L);

        memory.Answers.Single().Json.ShouldBe("42");
        memory.Answer(99L);
        memory.Answers.Single().Json.ShouldBe("42", "outside a keyed command nothing is remembered");
    }

    [Fact]
    public void Issue09_an_answer_of_another_type_than_the_command_answers_is_a_bug()
    {
        var memory = new IdempotentMemory();
        memory.Begin(Sekretaris, new IdempotentRequest("kunci", "POST /x"), typeof(long), Start);
        Should.Throw<InvalidOperationException>(() => memory.Answer("bukan angka"));
        memory.Begin(Sekretaris, new IdempotentRequest("kunci", "POST /x"), null, Start);
        Should.Throw<InvalidOperationException>(() => memory.Answer(1L));
        memory.Answer(null);
        memory.Answers.Single().Json.ShouldBeNull();
    }

    private static void Remember(IdempotentMemory memory, string key, object answer, DateTimeOffset at)
    {
        memory.Begin(Sekretaris, new IdempotentRequest(key, $"POST {key}"), answer.GetType(), at);
        memory.Answered(answer);
    }
}
