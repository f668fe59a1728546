import { describe, expect, it } from "vitest";
import { personalMarkersIn } from "./personal-markers";

describe("personal markers", () => {
  it("finds none in an impersonal question, including a generic 'how do I'", () => {
    expect(personalMarkersIn("How do I reverse a list in Python?")).toEqual([]);
    expect(personalMarkersIn("What is the capital of France?")).toEqual([]);
    expect(personalMarkersIn("Tell me a joke about cats")).toEqual([]);
  });

  it("finds emails, phone numbers, long numbers, URLs, addresses and secret-like strings", () => {
    expect(personalMarkersIn("Write to ada.lovelace@example.org")).toContain("email");
    expect(personalMarkersIn("Call +44 20 7946 0958 tomorrow")).toContain("phone");
    expect(personalMarkersIn("Call 555-123-4567")).toContain("phone");
    expect(personalMarkersIn("Order 12345678 has not arrived")).toContain("long_number");
    expect(personalMarkersIn("Summarise https://intranet.example.com/doc?id=9")).toContain("url");
    expect(personalMarkersIn("Directions to 221 Baker Street")).toContain("address");
    expect(personalMarkersIn("Why does sk_live_4eC39HqLyjWDarjtT1zdp7dc fail")).toContain("secret_like");
  });

  it("finds first-person words and statements about the author", () => {
    expect(personalMarkersIn("Is my code correct?")).toContain("first_person");
    expect(personalMarkersIn("Review OUR plan")).toContain("first_person");
    expect(personalMarkersIn("I'm 34 and I have a cough")).toContain("first_person");
    expect(personalMarkersIn("I am worried about the exam")).toContain("first_person");
  });

  it("finds the author's own name or email handle from their profile", () => {
    const profile = { name: "Grace Hopper", email: "ghopper@navy.test" };
    expect(personalMarkersIn("Write a poem for Grace", profile)).toContain("profile_name");
    expect(personalMarkersIn("what does ghopper mean", profile)).toContain("profile_name");
    expect(personalMarkersIn("Write a poem for Ada", profile)).toEqual([]);
  });
});
