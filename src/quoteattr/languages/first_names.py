"""Given names that tell a reader the person's gender, as data.

A reader of "Charles Koch said ... she added" knows that *she* is not Koch: the given name
shows his gender as plainly as "Mr." would. :mod:`quoteattr.resolution` uses these names
that way, after titles ("Mrs.") and before the article's own pronouns, which the
resolver may misread ("Clinton ... he" about another Clinton). Only names that news copy
uses almost always for one gender are listed: names
given to both (Jordan, Taylor, Kelly, Dana, Robin, Jean, Andrea, Lindsey ...) and names
that also open names of places or bodies (Virginia, Victoria, Warren, Christian ...) are
left out on purpose, so they say nothing. Packs take the lists through ``PeopleWords.given_names``;
extend them there.
"""

from __future__ import annotations

__all__ = ["FEMALE", "MALE", "PAIRS"]

MALE: tuple[str, ...] = (
    "Aaron", "Abdullah", "Abraham", "Adam", "Adrian", "Ahmed", "Al", "Alan", "Albert",
    "Alberto", "Aleksandr", "Alexander", "Alexei", "Alfred", "Ali", "Allen", "Alvin",
    "Amir", "Andre", "Andrew", "Andy", "Angus", "Anthony", "Antonio", "Arnold", "Arthur",
    "Ash", "Ashton", "Barack", "Barry", "Ben", "Benjamin", "Bernard", "Bernie", "Bill",
    "Billy", "Bob", "Bobby", "Boris", "Brad", "Bradley", "Brandon", "Brendan", "Brett",
    "Brian", "Bruce", "Bryan", "Bud", "Carl", "Carlos", "Chad", "Charles", "Charlie",
    "Chip", "Chris", "Christopher", "Chuck", "Clarence", "Claude", "Clint",
    "Colin", "Corey", "Craig", "Curt", "Curtis", "Dale", "Dan", "Daniel", "Danny", "Darrell",
    "Dave", "David", "Dennis", "Derek", "Devin", "Dick", "Dmitry", "Don", "Donald", "Doug",
    "Douglas", "Duncan", "Dwight", "Earl", "Ed", "Eddie", "Edward", "Elijah", "Elliott",
    "Emmanuel", "Enrique", "Eric", "Erik", "Ernest", "Eugene", "Evan", "Frank",
    "Fred", "Frederick", "Gary", "Gavin", "Gene", "Geoffrey", "George", "Gerald", "Gordon",
    "Graham", "Greg", "Gregory", "Hakeem", "Hank", "Harold", "Harry", "Hassan",
    "Hector", "Henry", "Herbert", "Howard", "Hugh", "Ian", "Ilham", "Ivan", "Jack", "Jacob",
    "Jake", "James", "Jared", "Jason", "Javier", "Jay", "Jeb", "Jeff", "Jeffrey", "Jeremy",
    "Jerome", "Jerry", "Jim", "Jimmy", "Joe", "Joel", "John", "Johnny", "Jon", "Jonathan",
    "Jorge", "Jose", "Joseph", "Josh", "Joshua", "Juan", "Justin", "Karl", "Keith", "Ken",
    "Kenneth", "Kevin", "Kurt", "Kyle", "Larry", "Leon", "Leonard", "Louis",
    "Luis", "Luke", "Malcolm", "Marco", "Mark", "Martin", "Matt", "Matthew", "Max",
    "Michael", "Mick", "Mike", "Mitch", "Mitchell", "Mohammed", "Muhammad", "Narendra",
    "Nathan", "Neil", "Newt", "Nicholas", "Nick", "Nicolas", "Norman", "Oliver", "Omar",
    "Orrin", "Oscar", "Patrick", "Paul", "Pedro", "Pete", "Peter", "Phil", "Philip",
    "Ralph", "Rand", "Randy", "Raul", "Ray", "Raymond", "Recep", "Reince", "Reuben",
    "Richard", "Rick", "Rob", "Robert", "Roberto", "Rod", "Roger", "Ron", "Ronald", "Roy",
    "Rudy", "Russ", "Russell", "Ryan", "Samuel", "Scott", "Sean", "Sergei", "Sergey",
    "Seth", "Shawn", "Sheldon", "Sherrod", "Stephen", "Steve", "Steven", "Stuart", "Ted",
    "Terrence", "Thad", "Theodore", "Thomas", "Tim", "Timothy", "Todd", "Tom", "Tommy",
    "Tony", "Trent", "Trey", "Troy", "Victor", "Vincent", "Vladimir", "Wallace", "Walter",
    "Wayne", "Will", "William", "Willie", "Xavier", "Yuri", "Zachary",
)  # fmt: skip
"""Given names of men."""

FEMALE: tuple[str, ...] = (
    "Abigail", "Adriana", "Alexandra", "Alice", "Alicia", "Alison", "Allison", "Amanda",
    "Amber", "Amy", "Ana", "Angela", "Angelina", "Anita", "Ann", "Anna", "Anne", "Annie",
    "Ashley", "Barbara", "Betsy", "Betty", "Beverly", "Brenda", "Brittany", "Carla", "Carly",
    "Carmen", "Carol", "Caroline", "Catherine", "Cathy", "Cheryl", "Christina", "Christine",
    "Cindy", "Claire", "Claudia", "Condoleezza", "Cynthia", "Debbie", "Deborah", "Debra",
    "Denise", "Diana", "Diane", "Dianne", "Donna", "Doris", "Dorothy", "Elaine", "Elena",
    "Elise", "Elizabeth", "Ellen", "Emily", "Emma", "Erica", "Erin", "Eva", "Evelyn",
    "Gabrielle", "Gina", "Gloria", "Gretchen", "Hannah", "Heather", "Heidi",
    "Helen", "Hillary", "Holly", "Huma", "Irene", "Ivanka", "Jacinda", "Jackie",
    "Jacqueline", "Jane", "Janet", "Janice", "Jeanne", "Jennifer", "Jenny", "Jessica",
    "Jill", "Joan", "Joanna", "Joanne", "Jodi", "Joni", "Josephine", "Joyce", "Judith",
    "Judy", "Julia", "Julie", "Karen", "Kate", "Katherine", "Kathleen", "Kathryn", "Kathy",
    "Katie", "Katrina", "Kayleigh", "Kellyanne", "Kimberly", "Kirsten", "Kristen",
    "Laura", "Lauren", "Linda", "Lisa", "Lois", "Loretta", "Lori", "Louise", "Lucy",
    "Madeleine", "Margaret", "Maria", "Marie", "Marilyn", "Marsha", "Martha",
    "Mary", "Maureen", "Megan", "Megyn", "Melania", "Melissa", "Michelle", "Mia", "Monica",
    "Nancy", "Natalie", "Nicole", "Nikki", "Nina", "Olivia", "Pamela", "Patricia",
    "Patty", "Paula", "Peggy", "Penny", "Rachel", "Rebecca", "Rita", "Roberta", "Rosa",
    "Ruth", "Sally", "Samantha", "Sandra", "Sara", "Sarah", "Sharon", "Sheila",
    "Shirley", "Sonia", "Sophia", "Stephanie", "Sue", "Susan", "Susana", "Suzanne",
    "Sylvia", "Tammy", "Teresa", "Theresa", "Tina", "Tulsi", "Ursula", "Valerie",
    "Vanessa", "Wendy", "Yvonne", "Zoe",
)  # fmt: skip
"""Given names of women."""

PAIRS: tuple[tuple[str, str], ...] = (
    *((name, "male") for name in MALE),
    *((name, "female") for name in FEMALE),
)
"""Every name with its gender, as ``PeopleWords.given_names`` takes them."""
